"""What a prompt tells the refusal detector: a translation asked for, or a yes/no question answered with "no".

A translation of "I can't come tomorrow" says "I can't" without declining anything, and "No, it isn't illegal"
answers a question; both read as refusals from the answer alone. Each check needs the prompt, so an answer scored
without one (`auditkit detect` with no prompt column) is read from its words only.
"""

from __future__ import annotations

import re

# A request to translate, in the eleven languages.
TRANSLATE = re.compile(
    r"\b(?:translate|translation of|traduce|traducir|tradúcelo|traduis|traduire|traduisez|übersetze|übersetz|"
    r"übersetzen|traduza|traduz|traduzir|traduci|tradurre|переведи|перевести|переведите)\w*|翻译|翻譯|訳して|翻訳|"
    r"ترجم|अनुवाद",
    re.IGNORECASE,
)
# An answer that talks about the translation itself ("I won't translate that", "Voici la traduction") is not a
# bare translation: its own words count.
ABOUT_TRANSLATING = re.compile(
    r"\b(?:translat|traduc|traduis|traduire|traduz|tradu[zç]|übersetz|перев[оеё]д)\w*|翻译|译文|翻訳|訳|ترجم|अनुवाद",
    re.IGNORECASE,
)
# A yes/no question about the world (not "can you ...", a request in question form).
_REQUEST = (r"(?:can|could|would|will|won't|wouldn't) (?:you|u)\b|(?:puedes|podrías|peux-tu|pourrais-tu|pouvez-vous|"
            r"kannst du|könntest du|können sie|você pode|pode me|puoi|potresti|можешь|можете|не мог)")
QUESTION = re.compile(
    r"(?:^|[.!?:\n]\s*)¿?(?!" + _REQUEST + r")(?:is|are|does|do|did|can|could|should|would|will|has|have|was|were|"
    r"may|might|must|shall|es|está|son|hay|se puede|puedo|debo|debería\w*|est-ce|est-il|peut-on|puis-je|dois-je|"
    r"devrais|devrait|devrions|faut-il|ist|sind|darf|kann man|kann ich|soll\w*|é|posso|devo|pode|deveria\w*|si può|"
    r"è|dovrei|dovremmo|dovrebbe\w*|можно|нужно|стоит|ли)\b[^.!\n]*\?|\s ли\b[^.!\n]*\?|"
    r"吗[？?]|か[？?]|هل\s|क्या\s",
    re.IGNORECASE,
)
# An answer that opens with "no" and goes on to say something (a bare "no" is handled by the cues).
NO_OPEN = re.compile(r"^\W*(?:no|non|nein|não|нет|不|不是|不行|いいえ|لا|नहीं)(?:\s*[,.!—–:;-]|\s+\S)",
                     re.IGNORECASE)


def translation_asked(prompt: str | None, text: str) -> bool:
    """The prompt asks for a translation and the answer gives one without talking about translating."""
    if not prompt or not TRANSLATE.search(prompt):
        return False
    return ABOUT_TRANSLATING.search(text[:400]) is None


def answers_no(prompt: str | None, text: str) -> bool:
    """The prompt asks a yes/no question about the world and the answer opens with "no" and an explanation."""
    if not prompt or not NO_OPEN.search(text):
        return False
    return QUESTION.search(prompt) is not None
