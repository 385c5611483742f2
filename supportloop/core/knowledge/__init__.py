"""Offline knowledge-base retrieval over markdown articles."""

from supportloop.core.knowledge.retrieval import (
    KbMatch,
    KnowledgeBase,
    Passage,
    load_knowledge_base,
)

__all__ = ["KbMatch", "KnowledgeBase", "Passage", "load_knowledge_base"]
