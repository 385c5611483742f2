# Headless Chromium (Debian's chromium package) renders the HTML reports in tests/tools.
# apt-get needs root: run `sudo make chromium` once, or set SUPPORTLOOP_CHROMIUM to a browser.
CHROMIUM := $(or $(SUPPORTLOOP_CHROMIUM),$(shell command -v chromium 2>/dev/null),/usr/bin/chromium)
TOOLS_DEPS += $(CHROMIUM)

$(CHROMIUM):
	@command -v apt-get >/dev/null || { echo "error: apt-get not found — install Chromium and set SUPPORTLOOP_CHROMIUM to it"; exit 1; }
	@[ "$$(id -u)" = 0 ] || { echo "error: installing chromium needs root: run 'sudo make chromium' once (or set SUPPORTLOOP_CHROMIUM)"; exit 1; }
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium \
	  || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium; }
	$@ --version

.PHONY: chromium
chromium: $(CHROMIUM) ## Install headless Chromium (Debian package) for the HTML report tests
