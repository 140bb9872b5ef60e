"""pipeline.addresses: every spelling of an internal address is read as the address it stands for."""

from __future__ import annotations

import pytest

from pipeline.addresses import host_is_localhost, internal_reason, literal_address


@pytest.mark.parametrize("host, kind", [
    ("127.0.0.1", "loopback"),
    ("2130706433", "loopback"),            # decimal integer
    ("0x7f000001", "loopback"),            # hex integer
    ("0177.0.0.1", "loopback"),            # octal parts
    ("127.1", "loopback"),                 # short form
    ("[::1]", "loopback"),
    ("::ffff:127.0.0.1", "loopback"),      # IPv4-mapped IPv6
    ("[::ffff:7f00:1]", "loopback"),
    ("2002:7f00:1::", "loopback"),         # 6to4 of 127.0.0.1
    ("10.1.2.3", "private"),
    ("172.16.0.1", "private"),
    ("192.168.0.1", "private"),
    ("0xc0a80001", "private"),
    ("fd00::1", "private"),
    ("169.254.169.254", "link-local"),     # the cloud metadata service
    ("fe80::1", "link-local"),
    ("224.0.0.1", "multicast"),
    ("ff02::1", "multicast"),
    ("240.0.0.1", "reserved"),
    ("0.0.0.0", "unspecified"),
    ("0", "unspecified"),
    ("::", "unspecified"),
    ("100.64.0.1", "non-public"),          # carrier-grade NAT
])
def test_internal_addresses_in_every_spelling_are_refused(host, kind):
    address = literal_address(host)
    assert address is not None, host
    reason = internal_reason(address)
    assert reason is not None and reason.startswith(kind), (host, reason)


@pytest.mark.parametrize("host", ["93.184.215.14", "1558500878", "2606:4700::6810:84e5", "[2a00:1450:4001:80b::200e]"])
def test_public_addresses_pass(host):
    assert internal_reason(literal_address(host)) is None


@pytest.mark.parametrize("host", ["news.example.com", "127.0.0.1.nip.io", "", "0x7g000001"])
def test_names_are_not_literal_addresses(host):
    assert literal_address(host) is None


@pytest.mark.parametrize("host, local", [("localhost", True), ("LOCALHOST.", True), ("api.localhost", True),
                                         ("localhost.example.com", False), ("notlocalhost", False)])
def test_localhost_names(host, local):
    assert host_is_localhost(host) is local
