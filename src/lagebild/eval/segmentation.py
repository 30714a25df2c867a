"""Evaluation of sentences, tokens and lemmas against CoNLL-U treebanks.

``lagebild eval sentences --data FILE.conllu`` (or a folder of them). The
treebank's sentences are joined into pseudo-documents (by ``# newdoc`` when
present, else in runs of ten) separated by a space, so the splitter must find
every boundary inside running text. Scores: sentence spans and token spans
(exact P/R/F1), and lemma accuracy on tokens both sides agree on (multi-word
tokens such as "zum" excluded, as UD splits them into "zu dem").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lagebild.errors import Code, EvalDataError
from lagebild.eval.core import (
    EvalOptions,
    EvalReport,
    LabeledSpan,
    ScoreRow,
    require_path,
    score_spans,
    task,
)
from lagebild.pipeline import Pipeline
from lagebild.service import make_document

_RUN = 10


@dataclass
class GoldSentence:
    """One treebank sentence: its text, surface tokens and their lemmas."""

    text: str
    tokens: list[tuple[str, str | None]] = field(default_factory=list)
    newdoc: bool = False


def read_conllu(path: Path) -> Iterator[GoldSentence]:
    """Reads sentences from a CoNLL-U file (surface tokens; lemma None for multi-word)."""
    current: GoldSentence | None = None
    skip_until = 0
    newdoc = False
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n")
            if line.startswith("# newdoc"):
                newdoc = True
            elif line.startswith("# text = "):
                current = GoldSentence(line[len("# text = "):], newdoc=newdoc)
                newdoc = False
                skip_until = 0
            elif not line.strip():
                if current is not None:
                    yield current
                current = None
            elif not line.startswith("#"):
                if current is None:
                    raise EvalDataError(Code.EVAL_DATA, "token line before '# text ='",
                                        path=str(path), line=number)
                cols = line.split("\t")
                if len(cols) != 10:
                    raise EvalDataError(Code.EVAL_DATA, "expected 10 tab-separated columns",
                                        path=str(path), line=number)
                ident = cols[0]
                if "-" in ident:
                    _first, last = ident.split("-")
                    skip_until = int(last)
                    current.tokens.append((cols[1], None))
                elif "." in ident or int(ident) <= skip_until:
                    continue
                else:
                    current.tokens.append((cols[1], cols[2]))
    if current is not None:
        yield current


def _documents(sentences: list[GoldSentence]) -> Iterator[list[GoldSentence]]:
    has_docs = any(s.newdoc for s in sentences)
    run: list[GoldSentence] = []
    for sentence in sentences:
        if run and ((has_docs and sentence.newdoc) or (not has_docs and len(run) == _RUN)):
            yield run
            run = []
        run.append(sentence)
    if run:
        yield run


def _token_spans(sentence: GoldSentence, offset: int) -> list[tuple[int, int, str | None]]:
    spans = []
    pos = 0
    for form, lemma in sentence.tokens:
        found = sentence.text.find(form, pos)
        if found < 0:
            continue
        spans.append((offset + found, offset + found + len(form), lemma))
        pos = found + len(form)
    return spans


@task("sentences", help="Sentence, token and lemma accuracy on CoNLL-U treebanks.")
def evaluate_segmentation(options: EvalOptions) -> EvalReport:
    """Scores the sentences, tokens and lemmas stages on CoNLL-U files."""
    data = require_path(options.data)
    files = sorted(data.glob("*.conllu")) if data.is_dir() else [data]
    if not files:
        raise EvalDataError(Code.EVAL_DATA, "no .conllu files", path=str(data))
    language = str(options.extra.get("language", "de"))
    pipeline = Pipeline.through("lemmas")
    gold_sents: list[LabeledSpan] = []
    pred_sents: list[LabeledSpan] = []
    gold_tokens: list[LabeledSpan] = []
    pred_tokens: list[LabeledSpan] = []
    lemma_total = lemma_right = 0
    n_docs = 0
    for file in files:
        sentences = list(read_conllu(file))
        if options.limit is not None:
            sentences = sentences[: options.limit]
        for run in _documents(sentences):
            n_docs += 1
            doc_key = f"{file.name}#{n_docs}"
            text = " ".join(s.text for s in run)
            gold_lemmas: dict[tuple[int, int], str | None] = {}
            offset = 0
            for sentence in run:
                gold_sents.append(LabeledSpan(doc_key, offset, offset + len(sentence.text)))
                for start, end, lemma in _token_spans(sentence, offset):
                    gold_tokens.append(LabeledSpan(doc_key, start, end))
                    gold_lemmas[(start, end)] = lemma
                offset += len(sentence.text) + 1
            analysis = pipeline.run(make_document(text, language=language))
            # make_document strips surrounding white space; UD texts have none
            # at the ends, so offsets agree.
            pred_sents.extend(LabeledSpan(doc_key, s.start, s.end) for s in analysis.sentences)
            assert analysis.tokens is not None
            for token, lemma in zip(analysis.tokens, analysis.lemmas, strict=True):
                if token.is_space:
                    continue
                key = (token.idx, token.idx + len(token.text))
                pred_tokens.append(LabeledSpan(doc_key, *key))
                gold_lemma = gold_lemmas.get(key)
                if gold_lemma is not None and token.is_alpha:
                    lemma_total += 1
                    lemma_right += lemma == gold_lemma
    report = EvalReport(task="sentences", data=str(data))
    report.tables["sentences (exact spans)"] = [
        ScoreRow.from_metrics("sentences", score_spans(gold_sents, pred_sents)["micro"])
    ]
    report.tables["tokens (exact spans)"] = [
        ScoreRow.from_metrics("tokens", score_spans(gold_tokens, pred_tokens)["micro"])
    ]
    report.tables["lemmas"] = [
        ScoreRow("lemma accuracy", value=lemma_right / lemma_total if lemma_total else 0.0,
                 support=lemma_total)
    ]
    report.counts = {"documents": n_docs, "sentences": len(gold_sents), "tokens": len(gold_tokens)}
    report.notes.append("tokens with a multi-word gold token (e.g. 'zum') have no gold lemma")
    return report
