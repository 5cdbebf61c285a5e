"""HTML views of records: the article review page (``quotes show``) and the corpus report (``quotes report``)."""
