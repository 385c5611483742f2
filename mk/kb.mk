# The help centre measured on its question sets (docs: `supportloop kb eval --help`). The floors
# are regression floors: held-out (never tuned on) 82 % right when it was first run, dev 100 %;
# any wrong answer or answer to an unanswerable question fails.
TEST_EXTRA += kb-eval

.PHONY: kb-eval
kb-eval: venv ## Help-centre retrieval on knowledge_base/eval: coverage floor, no wrong answers
	$(SL) kb eval knowledge_base/eval/heldout.jsonl --min-coverage 0.80 --max-wrong 0
	$(SL) kb eval knowledge_base/eval/dev.jsonl --min-coverage 0.95 --max-wrong 0
