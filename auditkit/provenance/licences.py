"""Licence identifiers: normalise the spellings model cards use, and say coarsely what each allows.

Model cards on the Hugging Face hub use lower-case ids (apache-2.0, cc-by-nc-4.0, llama3.1, other); GGUF files
copy them. The classification is deliberately coarse and errs towards `unknown`: it flags what a reviewer must
read, it does not replace reading the licence.
"""

from __future__ import annotations

import re

from auditkit.records.provenance import LicenceTerms

# SPDX spellings of the ids model cards use most (lower-case key -> SPDX id).
_SPDX = {
    "apache-2.0": "Apache-2.0", "mit": "MIT", "bsd-2-clause": "BSD-2-Clause", "bsd-3-clause": "BSD-3-Clause",
    "bsd-3-clause-clear": "BSD-3-Clause-Clear", "isc": "ISC", "unlicense": "Unlicense", "zlib": "Zlib",
    "bsl-1.0": "BSL-1.0", "0bsd": "0BSD", "cc0-1.0": "CC0-1.0", "cc-by-2.0": "CC-BY-2.0", "cc-by-2.5": "CC-BY-2.5",
    "cc-by-3.0": "CC-BY-3.0", "cc-by-4.0": "CC-BY-4.0", "cc-by-sa-3.0": "CC-BY-SA-3.0",
    "cc-by-sa-4.0": "CC-BY-SA-4.0", "cc-by-nc-2.0": "CC-BY-NC-2.0", "cc-by-nc-3.0": "CC-BY-NC-3.0",
    "cc-by-nc-4.0": "CC-BY-NC-4.0", "cc-by-nc-sa-2.0": "CC-BY-NC-SA-2.0", "cc-by-nc-sa-3.0": "CC-BY-NC-SA-3.0",
    "cc-by-nc-sa-4.0": "CC-BY-NC-SA-4.0", "cc-by-nc-nd-3.0": "CC-BY-NC-ND-3.0", "cc-by-nc-nd-4.0": "CC-BY-NC-ND-4.0",
    "cc-by-nd-4.0": "CC-BY-ND-4.0", "gpl-2.0": "GPL-2.0-only", "gpl-3.0": "GPL-3.0-only", "lgpl-2.1": "LGPL-2.1-only",
    "lgpl-3.0": "LGPL-3.0-only", "agpl-3.0": "AGPL-3.0-only", "mpl-2.0": "MPL-2.0", "epl-2.0": "EPL-2.0",
    "odc-by": "ODC-By-1.0", "odc-by-1.0": "ODC-By-1.0", "odbl": "ODbL-1.0", "odbl-1.0": "ODbL-1.0",
    "pddl": "PDDL-1.0", "pddl-1.0": "PDDL-1.0", "cdla-permissive-2.0": "CDLA-Permissive-2.0",
    "cdla-sharing-1.0": "CDLA-Sharing-1.0", "artistic-2.0": "Artistic-2.0", "wtfpl": "WTFPL",
}
_PERMISSIVE = {"Apache-2.0", "MIT", "BSD-2-Clause", "BSD-3-Clause", "BSD-3-Clause-Clear", "ISC", "Unlicense",
               "Zlib", "BSL-1.0", "0BSD", "CC0-1.0", "CC-BY-2.0", "CC-BY-2.5", "CC-BY-3.0", "CC-BY-4.0",
               "ODC-By-1.0", "PDDL-1.0", "CDLA-Permissive-2.0", "Artistic-2.0", "WTFPL"}
_COPYLEFT = re.compile(r"^(?:a?gpl|lgpl|mpl|epl|cc-by-sa|odbl|cdla-sharing)", re.IGNORECASE)
# Licences that allow commercial use under conditions (acceptable-use policies, user thresholds, use limits);
# `proprietary` too: the owner's agreement sets the terms.
_RESTRICTED = re.compile(r"^(?:llama-?\d|gemma|(?:bigscience-|creativeml-)?(?:open)?rail|bigcode-openrail|"
                         r"deepseek|qwen|tongyi|falcon|nvidia-open-model|health-ai-developer-foundations|"
                         r"cc-by-nd|proprietary|commercial)", re.IGNORECASE)
_NON_COMMERCIAL = re.compile(r"(?:^|[-_ ])nc(?:[-_ ]|$)|non[-_ ]?commercial|research[-_ ]?only|"
                             r"academic[-_ ]?only|not for commercial|cc-by-nc|apple-ascl|apple-amlr|intel-research|"
                             r"\bmrl\b|mistral-?research|mnpl", re.IGNORECASE)
_UNKNOWN = {"", "unknown", "other", "none", "no-license", "unlicensed", "custom", "see-license"}


def normalise(licence: str | None) -> str | None:
    """The licence as an SPDX id where it has one (case-insensitively), else as written; None when empty."""
    if licence is None:
        return None
    text = " ".join(str(licence).split())
    if not text:
        return None
    return _SPDX.get(text.lower(), text)


def terms(licence: str | None) -> LicenceTerms:
    """What `licence` allows, coarsely: permissive, copyleft, restricted, non-commercial or unknown."""
    name = normalise(licence)
    if name is None or name.lower() in _UNKNOWN:
        return "unknown"
    if _NON_COMMERCIAL.search(name):
        return "non-commercial"
    if name in _PERMISSIVE:
        return "permissive"
    if _COPYLEFT.match(name):
        return "copyleft"
    if _RESTRICTED.match(name):
        return "restricted"
    return "unknown"


def allows_commercial_use(licence: str | None) -> bool | None:
    """True when the licence clearly allows commercial use, False when it forbids it, None when unclear."""
    kind = terms(licence)
    if kind == "non-commercial":
        return False
    return None if kind == "unknown" else True


def describe_terms(kind: LicenceTerms) -> str:
    """A few words on what a class of licence means for a commercial release."""
    return {"permissive": "permissive", "copyleft": "copyleft (share-alike terms)",
            "restricted": "commercial use under conditions", "non-commercial": "non-commercial only",
            "unknown": "unknown terms"}[kind]
