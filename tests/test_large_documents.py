"""Documents longer than the model's max_length are processed in pieces, offsets into the whole text."""

from quotes.extractor import Extractor
from quotes.model import load_pipeline
from quotes.records import Document


def small_limit_extractor(max_length: int) -> Extractor:
    nlp = load_pipeline()  # a copy of its own: the shared one keeps its max_length
    return Extractor(nlp)


def test_document_beyond_max_length_without_newlines_keeps_offsets():
    extractor = small_limit_extractor(2_000)
    filler = "The committee met again and discussed the budget in detail. " * 120  # ~7,300 chars, one line
    quote = "“We will balance the budget next year,” the treasurer said."
    text = filler + quote + " " + filler + "The mayor said the plan would pass."
    assert "\n" not in text and len(text) > 7 * 2_000
    records = [r.to_dict() for r in extractor.extract(Document("big", text))]
    quotes = {r["quote"]: r for r in records}
    direct = quotes["We will balance the budget next year"]
    assert text[direct["quote_start"]:direct["quote_end"]] == direct["quote"]
    assert direct["speaker_mention"] == "the treasurer"
    reported = quotes["the plan would pass"]
    assert reported["quote_start"] > len(filler) * 2
    assert text[reported["speaker_start"]:reported["speaker_end"]] == "The mayor"
