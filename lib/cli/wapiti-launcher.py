"""Runs Debian's wapiti 3.0.4 with two changes, both for a scan that stays on this machine:
- its --exclude patterns end in a global regex flag (`\\Z(?ms)`), which Python 3.11 refuses, so
  any -x crashed the scan: the flags move to the start, the pattern means the same;
- every attack module is constructed even when not selected, and the wapp and nikto modules
  then download their databases from the internet: their update() does nothing here.
Everything else is wapiti's own entry point."""
import re
import sys

import wapitiCore.attack.mod_nikto as mod_nikto
import wapitiCore.attack.mod_wapp as mod_wapp
import wapitiCore.net.crawler as crawler


def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if char == "*" else re.escape(char) for char in pattern) + r"\Z")


def no_download(self):
    print("(not downloading {}: this scan stays on this machine)".format(type(self).__name__))


crawler.wildcard_translate = wildcard_translate
mod_wapp.mod_wapp.update = no_download
mod_nikto.mod_nikto.update = no_download

from wapitiCore.main.wapiti import wapiti_main  # noqa: E402

sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
