"""Values that look like personal data but are not: reserved example domains, fictional and test numbers,
documentation addresses, and identifiers named as orders, versions or timestamps by the words before them.

Each rule returns why a Presidio result is not personal data (the score's note says so), or None.
"""

from __future__ import annotations

import ipaddress
import re

# RFC 2606 / RFC 6761: names reserved for documentation and testing.
_RESERVED_DOMAIN = re.compile(r"(?:^|\.)(?:example\.(?:com|net|org)|[a-z0-9-]+\.(?:example|test|invalid|localhost)"
                              r"|example|test|invalid|localhost)$", re.I)
# Card numbers published by payment processors for testing; they pass the Luhn check.
TEST_CARDS = frozenset({
    "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "5555555555554444",
    "5105105105105100", "2223003122003222", "378282246310005", "371449635398431", "6011111111111117",
    "6011000990139424", "3056930009020004", "36227206271667", "3566002020360505", "6200000000000005"})
_DOC_NETWORKS = [ipaddress.ip_network(n) for n in (
    "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32", "127.0.0.0/8", "::1/128", "0.0.0.0/32")]
# North American numbers 555-0100 to 555-0199 are reserved for fiction.
_FICTIONAL_PHONE = re.compile(r"555[\s.-]?01\d\d\b")
# Words that name what an identifier-shaped number is when they come just before it.
_NOT_PERSONAL_CONTEXT = re.compile(
    r"\b(?:order|invoice|tracking|ticket|reference|ref|confirmation|authori[sz]ation|return|case|serial|part|"
    r"model|sku|product|item|build|version|firmware|release|patch|upgrade|update|install|timestamp|epoch|"
    r"booking|shipment|parcel|batch|lot|v)\b[^.\n]{0,24}$", re.I)
_CONTEXT_TYPES = frozenset({"PHONE_NUMBER", "US_SSN", "IP_ADDRESS", "US_BANK_NUMBER", "US_DRIVER_LICENSE",
                            "US_PASSPORT", "US_ITIN", "UK_NHS", "MEDICAL_LICENSE"})


def not_personal(entity: str, value: str, before: str) -> str | None:
    """Why `value` (an `entity` found in a text, `before` the text just ahead of it) is not personal data."""
    digits = re.sub(r"\D", "", value)
    if entity == "EMAIL_ADDRESS" and _RESERVED_DOMAIN.search(value.rsplit("@", 1)[-1].strip(".")):
        return "reserved example domain"
    if entity == "CREDIT_CARD" and digits in TEST_CARDS:
        return "published test card number"
    if entity == "PHONE_NUMBER" and _FICTIONAL_PHONE.search(value):
        return "fictional 555-01xx number"
    if entity == "IP_ADDRESS":
        try:
            address = ipaddress.ip_address(value.strip())
        except ValueError:
            address = None
        if address is not None and any(address in net for net in _DOC_NETWORKS if net.version == address.version):
            return "documentation or loopback address"
    if entity in _CONTEXT_TYPES and _NOT_PERSONAL_CONTEXT.search(before):
        word = _NOT_PERSONAL_CONTEXT.search(before).group(0).split()[0].lower()  # type: ignore[union-attr]
        return f"named as {word} number, not personal data"
    return None
