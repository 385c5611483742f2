# Helm: built from the Go module proxy (no binary download), then lint, render and validate
# the chart offline. `make test` runs helm-check through TEST_EXTRA.
HELM_VERSION := v3.22.0
# Kubernetes version helm assumes when no cluster is asked (upstream derives it from the
# client-go it is built with: k8s.io/client-go v0.37 → 1.37).
HELM_K8S_MINOR := 37
HELM := $(TOOLS_BIN)/helm
HELM_GOENV := GOBIN=$(TOOLS_BIN) GOPATH=$(CURDIR)/.cache/go GOMODCACHE=$(CURDIR)/.cache/go/mod \
  GOCACHE=$(CURDIR)/.cache/go/build GOFLAGS=-mod=mod CGO_ENABLED=0
HELM_LDFLAGS := -s -w -X helm.sh/helm/v3/internal/version.version=$(HELM_VERSION) \
  -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMajor=1 \
  -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMinor=$(HELM_K8S_MINOR) \
  -X helm.sh/helm/v3/pkg/lint/rules.k8sVersionMajor=1 \
  -X helm.sh/helm/v3/pkg/lint/rules.k8sVersionMinor=$(HELM_K8S_MINOR)
CHART := deploy/helm/supportloop
# Kubernetes version the rendered manifests are validated against.
KUBE_VERSION := 1.33
HELM_OUT := $(CURDIR)/.run/helm

TOOLS_DEPS += $(HELM)
TEST_EXTRA += helm-check

$(HELM): mk/helm.mk
	@command -v go >/dev/null || { echo "error: go not found — install Go 1.24+ (apt-get install golang-go, or go.dev/dl)"; exit 1; }
	@mkdir -p $(TOOLS_BIN) $(CURDIR)/.cache/go
	$(HELM_GOENV) go install -trimpath -ldflags '$(HELM_LDFLAGS)' helm.sh/helm/v3/cmd/helm@$(HELM_VERSION)
	@touch $@

.PHONY: helm
helm: $(HELM) ## Build helm (pinned) from the Go module proxy into .tools/bin

.PHONY: helm-schema
helm-schema: venv ## Regenerate extraSettings in the chart's values.schema.json from the app's settings classes
	$(PY) tests/tools/test_helm_chart.py --write-schema

.PHONY: helm-lint
helm-lint: $(HELM) ## helm lint the chart with its default values and every ci/*-values.yaml
	$(HELM) lint --strict $(CHART)
	@set -e; for f in $(CHART)/ci/*-values.yaml; do \
	  echo "==> helm lint -f $$f"; $(HELM) lint --strict --quiet $(CHART) -f $$f; done

.PHONY: helm-check
helm-check: helm-lint venv ## Lint, render default + ci scenarios, validate with kubernetes-validate --strict
	@rm -rf $(HELM_OUT) && mkdir -p $(HELM_OUT)
	@set -e; for f in "" $(CHART)/ci/*-values.yaml; do \
	  name=$$(basename "$${f:-default}" -values.yaml); \
	  echo "==> helm template ($$name) | kubernetes-validate --strict -k $(KUBE_VERSION)"; \
	  $(HELM) template supportloop $(CHART) --namespace supportloop --kube-version $(KUBE_VERSION).0 \
	    $${f:+-f $$f} > $(HELM_OUT)/$$name.yaml; \
	  $(VENV)/bin/kubernetes-validate --strict --quiet -k $(KUBE_VERSION) $(HELM_OUT)/$$name.yaml; \
	done
