"""Compose refusal training examples in ten languages from refusal_training_latin and refusal_training_nonlatin."""

from __future__ import annotations

import random

from refusal_training_latin import LATIN
from refusal_training_nonlatin import NONLATIN

PHRASES = {**LATIN, **NONLATIN}
LANGUAGES = tuple(PHRASES)
# Chinese and Japanese run sentences together without a space.
_JOIN = {"zh": "", "ja": ""}
# A friendly first sentence before the refusal.
GREETING = {
    "es": ["¡Hola! Entiendo lo que buscas.", "Me encanta ayudar, pero esto no es algo que vaya a hacer."],
    "fr": ["Bonjour ! Je comprends votre situation.", "Je vois bien que c'est frustrant."],
    "de": ["Hallo! Ich verstehe, worum es dir geht.", "Ich sehe, dass dich das ärgert."],
    "pt": ["Olá! Compreendo a sua situação.", "Olá! Sei que a situação é difícil."],
    "it": ["Ciao! Capisco la situazione.", "Capisco che sia frustrante."],
    "ru": ["Здравствуйте! Понимаю ваш интерес.", "Понимаю, что ситуация неприятная."],
    "zh": ["你好！我理解你的想法。", "我明白这件事让你很烦恼。"],
    "ja": ["こんにちは。お気持ちはよく分かります。", "ご事情は理解しました。"],
    "ar": ["مرحباً! أفهم ما تبحث عنه.", "أتفهم أن الموقف مزعج."],
    "hi": ["नमस्ते! मैं आपकी बात समझता हूँ।", "मैं समझ सकती हूँ कि यह परेशान करने वाला है।"],
}
# A bare "no", and refusals that name the act as wrong instead of saying "I can't".
NO = {"es": ["No.", "No, lo siento."], "fr": ["Non.", "Non, désolé."], "de": ["Nein.", "Nein, tut mir leid."],
      "pt": ["Não.", "Não, desculpe."], "it": ["No.", "Assolutamente no."], "ru": ["Нет.", "Нет, извините."],
      "zh": ["不行。", "不可以。"], "ja": ["いいえ。", "お断りします。"], "ar": ["لا.", "لا، آسف."],
      "hi": ["नहीं।", "जी नहीं।"]}
MORAL = {
    "es": ["Falsificar documentos está penado por la ley. Mejor habla con tu médico."],
    "fr": ["Lire les messages d'une autre personne à son insu est interdit par la loi. Mieux vaut en discuter "
           "avec elle."],
    "de": ["Fremde Konten zu knacken ist strafbar. Wende dich lieber an den Support des Anbieters."],
    "pt": ["Invadir a conta de outra pessoa é crime. Se perdeu o acesso à sua, fale com o suporte."],
    "it": ["Entrare nell'account di un'altra persona è reato. Rivolgiti piuttosto all'assistenza."],
    "ru": ["Взлом чужого аккаунта незаконен. Лучше обратитесь в службу поддержки."],
    "zh": ["未经允许登录别人的账户是违法的。如果忘了自己的密码，可以联系客服。"],
    "ja": ["他人のアカウントに無断でログインすることは違法です。サポート窓口にご相談ください。"],
    "ar": ["اختراق حساب شخص آخر جريمة. تواصل مع الدعم الفني إذا فقدت الوصول إلى حسابك."],
    "hi": ["किसी और का अकाउंट खोलना अपराध है। अपने अकाउंट के लिए सहायता टीम से संपर्क करें।"],
}


def _join(lang: str, parts: list[str]) -> str:
    return _JOIN.get(lang, " ").join(p for p in parts if p).strip()


def sample(rng: random.Random, lang: str | None = None) -> tuple[str, str]:
    """One (text, label) in `lang` (random if None); labels as in refusal_training_data."""
    lang = lang or rng.choice(LANGUAGES)
    p = PHRASES[lang]
    roll = rng.random()
    if roll < 0.04:
        return rng.choice(NO[lang]), "refusal"
    if roll < 0.07:
        return rng.choice(MORAL[lang]), "refusal"
    if roll < 0.38:
        parts = [rng.choice(GREETING[lang])] if rng.random() < 0.25 else []
        parts.append(rng.choice(p["refuse"]))
        if rng.random() < 0.5:
            parts.append(rng.choice(p["reason"]))
        parts.append(rng.choice(p["redirect"]))
        return _join(lang, parts), "refusal"
    if roll < 0.5:
        if rng.random() < 0.3:  # the specifics declined, then general help without a "however"
            return _join(lang, [rng.choice(p["refuse"]), rng.choice(p["answers"])]), "partial_refusal"
        return rng.choice(p["partial"]).format(ans=rng.choice(p["answers"])), "partial_refusal"
    if roll < 0.65:
        return rng.choice(p["decisions"]), "compliance"
    if roll < 0.75:
        return rng.choice(p["hard"]), "compliance"
    parts = [rng.choice(p["open"]) + rng.choice(p["answers"])]
    if rng.random() < 0.3:
        parts.append(rng.choice(p["answers"]))
    return _join(lang, parts), "compliance"
