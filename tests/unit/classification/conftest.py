from __future__ import annotations

import pytest

from supportloop.core.classification import Classifier


@pytest.fixture(scope="session")
def classifier() -> Classifier:
    return Classifier.load()
