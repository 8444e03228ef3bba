"""The README documents `auditkit.detectors.cards.load_cards()`; the cards themselves are records."""

from auditkit.records.cards import card_for, cards_dir, cards_for, load_cards  # noqa: F401  (documented path)
