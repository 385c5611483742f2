# promtool and the Prometheus server (both from Debian's prometheus package, extracted without
# root) and the observability checks. The server runs in tests/integration/
# test_prometheus_in_the_loop.py (scrapes a stack, evaluates the rules, answers the dashboards).
PROMTOOL := $(TOOLS_BIN)/promtool
PROMETHEUS := $(TOOLS_BIN)/prometheus
PROMETHEUS_DEB_DIR := $(CURDIR)/.tools/deb/prometheus
PROM_RULES := deploy/prometheus/rules/supportloop.rules.yml
PROM_RULE_TESTS := deploy/prometheus/tests/supportloop.rules.test.yml
TOOLS_DEPS += $(PROMTOOL) $(PROMETHEUS)
TEST_EXTRA += promtool-check

# Both come from the same package: extracting it once gives both binaries.
$(PROMETHEUS): $(PROMTOOL)
	cp $(PROMETHEUS_DEB_DIR)/root/usr/bin/prometheus $@
	chmod +x $@
	$@ --version

$(PROMTOOL):
	@command -v apt-get >/dev/null || { echo "error: apt-get not found — install promtool 2.42+ and copy it to $@"; exit 1; }
	@command -v dpkg >/dev/null || { echo "error: dpkg not found — install promtool 2.42+ and copy it to $@"; exit 1; }
	mkdir -p $(PROMETHEUS_DEB_DIR) $(TOOLS_BIN)
	cd $(PROMETHEUS_DEB_DIR) && rm -f prometheus_*.deb && \
	  { apt-get download prometheus || { apt-get update && apt-get download prometheus; } \
	    || { echo "error: 'apt-get download prometheus' failed (apt-get update may need root: run 'sudo apt-get update' once)"; exit 1; }; }
	dpkg -x $(PROMETHEUS_DEB_DIR)/prometheus_*.deb $(PROMETHEUS_DEB_DIR)/root
	cp $(PROMETHEUS_DEB_DIR)/root/usr/bin/promtool $@
	chmod +x $@
	$@ --version

.PHONY: promtool
promtool: $(PROMTOOL) ## Install promtool (Debian prometheus package, no root) into .tools/bin

.PHONY: prometheus
prometheus: $(PROMETHEUS) ## Install the Prometheus server (Debian prometheus package, no root) into .tools/bin

.PHONY: promtool-check
promtool-check: $(PROMTOOL) ## Check and unit-test the Prometheus rules with promtool
	$(PROMTOOL) check rules $(PROM_RULES)
	$(PROMTOOL) test rules $(PROM_RULE_TESTS)

.PHONY: dashboards
dashboards: venv ## Regenerate the Grafana dashboards and the chart's Prometheus rules file
	$(PY) deploy/grafana/build_dashboards.py
	$(PY) deploy/prometheus/sync_rules.py

.PHONY: rollout-story
rollout-story: venv ## Print the seeded rollout story: shadow weeks, live one by one, the breaker's pause
	$(SL) report story --seed 7
