"""Loading the model: numpy's BLAS instead of blis, one BLAS thread, and the same records either way."""

from __future__ import annotations

from conftest import EXAMPLE_ARTICLE, SEED_ARTICLE
from thinc.api import NumpyOps
from thinc.model import Model
from threadpoolctl import threadpool_info

from quotes.extractor import Extractor
from quotes.model import load_model, load_pipeline
from quotes.records import Document


def thinc_nodes(nlp):
    return [node for _, pipe in nlp.pipeline if isinstance(getattr(pipe, "model", None), Model)
            for node in pipe.model.walk()]


def test_every_layer_multiplies_with_numpy(nlp):
    nodes = thinc_nodes(nlp)
    assert len(nodes) > 20
    assert all(isinstance(node.ops, NumpyOps) and not node.ops.use_blis for node in nodes)


def test_blas_is_held_to_one_thread(nlp):
    pools = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert pools and all(pool["num_threads"] == 1 for pool in pools)


def test_switching_blas_does_not_change_the_records(extractor):
    stock = load_pipeline()  # blis, as spaCy ships
    assert all(node.ops.use_blis for node in thinc_nodes(stock))
    texts = [EXAMPLE_ARTICLE.read_text(encoding="utf-8")]
    if SEED_ARTICLE.exists():
        texts.append(SEED_ARTICLE.read_text(encoding="utf-8"))
    documents = [Document(f"doc-{i}", text) for i, text in enumerate(texts)]
    ours = extractor.extract_many(documents, default_date="2021-02-16")
    assert sum(len(records) for records in ours) >= 10
    assert Extractor(stock).extract_many(documents, default_date="2021-02-16") == ours


def test_the_loaded_model_is_cached():
    assert load_model() is load_model()
