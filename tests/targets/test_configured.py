"""The constructors shared by the targets built from one config model (openai, python, hf, embedded)."""

from __future__ import annotations

import pytest

from auditkit.errors import InputError
from auditkit.targets.configured import ConfiguredTarget, _article
from auditkit.targets.openai import OpenAIConfig, OpenAITarget
from auditkit.targets.python import PythonConfig, PythonTarget

URL = "http://127.0.0.1:9/v1"


def test_a_target_is_built_alike_from_its_config_from_options_and_from_a_mapping():
    by_config = OpenAITarget(OpenAIConfig(model="m", base_url=URL))
    by_options = OpenAITarget(model="m", base_url=URL)
    by_mapping = OpenAITarget.from_config({"model": "m", "base_url": URL})
    assert by_config.config == by_options.config == by_mapping.config
    assert by_mapping.name == "openai:m" and by_mapping.describe() == by_config.describe()


def test_a_config_and_options_together_are_refused_with_the_config_named():
    with pytest.raises(TypeError, match=r"^give either an OpenAIConfig or keyword options, not both$"):
        OpenAITarget(OpenAIConfig(model="m", base_url=URL), model="n")
    with pytest.raises(TypeError, match=r"^give either a PythonConfig or keyword options, not both$"):
        PythonTarget(PythonConfig(function="json:dumps"), function="json:loads")


def test_articles_follow_the_sound():
    assert [_article(n) for n in ("HFConfig", "OpenAIConfig", "EmbeddedConfig", "PythonConfig")] == [
        "an", "an", "an", "a"]


def test_a_bad_mapping_is_reported_as_that_target_type_s_config():
    with pytest.raises(InputError) as raised:
        OpenAITarget.from_config({"model": "m", "base_url": URL, "colour": "blue"})
    assert str(raised.value).startswith("openai target config: invalid openai target config (1 problem(s))")
    with pytest.raises(InputError) as raised:
        PythonTarget(function="not a function")
    assert str(raised.value).startswith("python target config: invalid python target config")


def test_a_bad_spec_is_reported_as_that_target_type_s_spec():
    with pytest.raises(InputError, match=r"^openai target spec 'm@ftp://x': expected "):
        OpenAITarget.from_spec("m@ftp://x")


def test_the_four_config_targets_share_one_constructor():
    from auditkit.targets.embedded import EmbeddedTarget
    from auditkit.targets.hf import HFTarget

    for target in (OpenAITarget, PythonTarget, HFTarget, EmbeddedTarget):
        assert issubclass(target, ConfiguredTarget)
        assert target.from_config.__func__ is ConfiguredTarget.from_config.__func__
