"""Reading inputs and cleaning them: `read_inputs` -> `Article | ReadError`, `clean_article` -> `CleanArticle`."""

from detente.ingest.clean import clean_article
from detente.ingest.readers import read_inputs

__all__ = ["clean_article", "read_inputs"]
