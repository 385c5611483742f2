# Shopify's GraphQL Admin schema (introspection results for each supported API version), from
# the npm package @shopify/dev-mcp (ISC), fetched like the Kafka jars: never committed. The unit
# tests validate every connector document against it and the demo store executes against it.
SHOPIFY_DEV_MCP := @shopify/dev-mcp@1.16.0
SHOPIFY_SCHEMA_VERSIONS := 2026-01 2026-04 2026-07 2026-10
SHOPIFY_CACHE := $(CURDIR)/.cache/shopify
SHOPIFY_SCHEMA_DIR := $(SHOPIFY_CACHE)/schema
export SUPPORTLOOP_SHOPIFY_SCHEMA_DIR := $(SHOPIFY_SCHEMA_DIR)

TOOLS_DEPS += $(SHOPIFY_SCHEMA_DIR)/.fetched

$(SHOPIFY_SCHEMA_DIR)/.fetched: mk/shopify.mk
	@command -v npm >/dev/null || { echo "error: npm not found — install Node.js (apt-get install npm)"; exit 1; }
	@mkdir -p $(SHOPIFY_SCHEMA_DIR)
	cd $(SHOPIFY_CACHE) && rm -f shopify-dev-mcp-*.tgz && npm pack --silent $(SHOPIFY_DEV_MCP) >/dev/null
	tar -xzf $(SHOPIFY_CACHE)/shopify-dev-mcp-*.tgz -C $(SHOPIFY_SCHEMA_DIR) --strip-components=3 \
	  $(foreach v,$(SHOPIFY_SCHEMA_VERSIONS),package/dist/data/admin_$(v).json.gz)
	@touch $@

.PHONY: shopify-schema
shopify-schema: $(SHOPIFY_SCHEMA_DIR)/.fetched ## Fetch Shopify's Admin GraphQL schema (npm @shopify/dev-mcp) into .cache/shopify
