"""Hashed word and character n-gram TF-IDF features, computed for a whole batch with numpy.

Every n-gram is hashed (64-bit polynomial hash, then multiply-shift) into a bucket. Training
keeps the buckets it saw as the vocabulary; at prediction time unseen buckets are dropped
before normalisation, exactly as a vocabulary-based TF-IDF vectoriser would. Word and
character blocks are each L2-normalised and weighted, then laid side by side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse

from supportloop.core.classification.text import normalise, strip_pleasantries

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]
F32 = npt.NDArray[np.float32]

_P = np.uint64(1_000_003)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_BIGRAM = np.uint64(0xC2B2AE3D27D4EB4F)
_MAX_WORD = 40


@dataclass(frozen=True)
class FeatureConfig:
    char_sizes: tuple[int, ...] = (2, 3, 4, 5)
    bits: int = 20
    max_chars: int = 1500
    word_weight: float = 1.0
    char_weight: float = 1.0
    # drop greetings and sign-offs before featurising (False in models trained before v2)
    strip_pleasantries: bool = False


@dataclass(frozen=True)
class Vocabulary:
    """Sorted bucket ids of one block, and their inverse document frequencies."""

    buckets: I64
    idf: F32

    def __len__(self) -> int:
        return int(self.buckets.shape[0])

    def lookup(self, bits: int) -> npt.NDArray[np.int32]:
        """Bucket id -> feature index, -1 for buckets never seen in training."""
        cached: npt.NDArray[np.int32] | None = self.__dict__.get("_lookup")
        if cached is None or cached.shape[0] != 1 << bits:
            cached = np.full(1 << bits, -1, dtype=np.int32)
            cached[self.buckets] = np.arange(len(self), dtype=np.int32)
            object.__setattr__(self, "_lookup", cached)
        return cached


def _bucket(hashes: U64, tag: int, bits: int) -> I64:
    with np.errstate(over="ignore"):
        mixed = (hashes ^ np.uint64(tag * 0x51ED27)) * _MIX
    return (mixed >> np.uint64(64 - bits)).astype(np.int64)


def _encode(texts: Sequence[str], config: FeatureConfig, normalised: bool) -> tuple[U64, I64]:
    """One byte array for the batch; docs separated by a 0 byte. Returns codes and doc ids."""
    clean = texts if normalised else [normalise(t) for t in texts]
    if config.strip_pleasantries:
        clean = [strip_pleasantries(t) for t in clean]
    max_chars = config.max_chars
    joined = b"\x00".join((" " + t[:max_chars] + " ").encode() for t in clean)
    raw = np.frombuffer(joined, dtype=np.uint8)
    doc_of = np.cumsum(raw == 0, dtype=np.int64)
    return raw.astype(np.uint64), doc_of


def _char_grams(codes: U64, doc_of: I64, sizes: tuple[int, ...], bits: int) -> tuple[I64, I64]:
    separators = np.concatenate(([0], np.cumsum(codes == 0)))
    docs: list[I64] = []
    buckets: list[I64] = []
    length = codes.shape[0]
    for n in sizes:
        count = length - n + 1
        if count <= 0:
            continue
        h = np.zeros(count, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for k in range(n):
                h = h * _P + codes[k : k + count] + np.uint64(1)
        clean = separators[n : n + count] - separators[:count] == 0
        docs.append(doc_of[:count][clean])
        buckets.append(_bucket(h[clean], n, bits))
    if not docs:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(docs), np.concatenate(buckets)


def _word_grams(codes: U64, doc_of: I64, bits: int) -> tuple[I64, I64]:
    # letters, digits and every byte of a multi-byte UTF-8 character belong to words
    is_word = ((codes >= 97) & (codes <= 122)) | ((codes >= 48) & (codes <= 57)) | (codes >= 128)
    if not is_word.any():
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    starts = np.flatnonzero(is_word & ~np.concatenate(([False], is_word[:-1])))
    start_mark = np.zeros(codes.shape[0], dtype=np.int64)
    start_mark[starts] = 1
    word_id = np.cumsum(start_mark) - 1
    positions = np.flatnonzero(is_word)
    offset = positions - starts[word_id[positions]]
    keep = offset < _MAX_WORD
    positions, offset = positions[keep], offset[keep]
    powers = np.ones(_MAX_WORD, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for i in range(1, _MAX_WORD):
            powers[i] = powers[i - 1] * _P
        contrib = (codes[positions] + np.uint64(1)) * powers[offset]
    segment_starts = np.flatnonzero(offset == 0)
    with np.errstate(over="ignore"):
        word_hash = np.add.reduceat(contrib, segment_starts).astype(np.uint64)
    word_doc = doc_of[positions[segment_starts]]
    same_doc = word_doc[1:] == word_doc[:-1]
    with np.errstate(over="ignore"):
        bigram_hash = word_hash[:-1][same_doc] * _BIGRAM + word_hash[1:][same_doc]
    docs = np.concatenate((word_doc, word_doc[:-1][same_doc]))
    buckets = np.concatenate((_bucket(word_hash, 101, bits), _bucket(bigram_hash, 102, bits)))
    return docs, buckets


Grams = tuple[I64, I64]


def extract(
    texts: Sequence[str], config: FeatureConfig, normalised: bool = False
) -> tuple[Grams, Grams]:
    """(doc ids, bucket ids) of every word and character n-gram in the batch."""
    codes, doc_of = _encode(texts, config, normalised)
    return _word_grams(codes, doc_of, config.bits), _char_grams(
        codes, doc_of, config.char_sizes, config.bits
    )


def fit_vocabulary(grams: Grams, n_docs: int, min_df: int = 1) -> Vocabulary:
    docs, buckets = grams
    pairs = np.unique(buckets * np.int64(n_docs + 1) + docs)
    df_buckets, df = np.unique(pairs // np.int64(n_docs + 1), return_counts=True)
    keep = df >= min_df
    idf = (np.log((1.0 + n_docs) / (1.0 + df[keep])) + 1.0).astype(np.float32)
    return Vocabulary(buckets=df_buckets[keep].astype(np.int64), idf=idf)


def _weights(grams: Grams, n_docs: int, vocab: Vocabulary, bits: int) -> tuple[I64, I64, F32]:
    """TF-IDF of every distinct known n-gram of every doc, as (doc, feature, value) triples in
    doc-major order: sublinear counts times idf, L2-normalised per doc."""
    docs, buckets = grams
    index = vocab.lookup(bits)[buckets]
    known = index >= 0
    width = np.int64(len(vocab))
    keys, counts = np.unique(docs[known] * width + index[known], return_counts=True)
    doc = keys // width
    feature = keys - doc * width
    value = (1.0 + np.log(counts.astype(np.float32))) * vocab.idf[feature]
    norms = np.sqrt(np.bincount(doc, weights=value**2, minlength=n_docs))
    norms[norms == 0] = 1.0
    value /= norms[doc].astype(np.float32)
    return doc, feature, value


def _tfidf(grams: Grams, n_docs: int, vocab: Vocabulary, bits: int) -> sparse.csr_matrix:
    doc, feature, value = _weights(grams, n_docs, vocab, bits)
    return sparse.csr_matrix((value, (doc, feature)), shape=(n_docs, len(vocab)))


def transform(
    texts: Sequence[str],
    config: FeatureConfig,
    vocabs: tuple[Vocabulary, Vocabulary],
    normalised: bool = False,
) -> sparse.csr_matrix:
    """TF-IDF rows; ``normalised``: the texts already went through ``text.normalise``."""
    words, chars = extract(texts, config, normalised)
    n = len(texts)
    return sparse.hstack(
        (
            _tfidf(words, n, vocabs[0], config.bits) * np.float32(config.word_weight),
            _tfidf(chars, n, vocabs[1], config.bits) * np.float32(config.char_weight),
        ),
        format="csr",
    )


def linear_scores(
    texts: Sequence[str],
    config: FeatureConfig,
    vocabs: tuple[Vocabulary, Vocabulary],
    coef: F32,
    normalised: bool = False,
) -> F32:
    """``transform(texts) @ coef``, computed from the non-zero features directly: per
    ticket, building scipy matrices costs more than the arithmetic."""
    words, chars = extract(texts, config, normalised)
    n = len(texts)
    scores = np.zeros((n, coef.shape[1]), dtype=np.float32)
    offset = 0
    blocks = ((words, vocabs[0], config.word_weight), (chars, vocabs[1], config.char_weight))
    for grams, vocab, weight in blocks:
        doc, feature, value = _weights(grams, n, vocab, config.bits)
        if doc.size:
            contributions = coef[feature + offset] * (value * np.float32(weight))[:, None]
            starts = np.flatnonzero(np.concatenate(([True], doc[1:] != doc[:-1])))
            scores[doc[starts]] += np.add.reduceat(contributions, starts, axis=0)
        offset += len(vocab)
    return scores
