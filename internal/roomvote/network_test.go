package roomvote

import (
	"net/netip"
	"reflect"
	"testing"
)

func up(name string, addrs ...string) Interface {
	i := Interface{Name: name, Up: true}
	for _, a := range addrs {
		i.Addrs = append(i.Addrs, netip.MustParsePrefix(a))
	}
	return i
}

func TestNetworks(t *testing.T) {
	down := up("wlan1", "192.168.50.7/24")
	down.Up = false
	lo := up("lo", "127.0.0.1/8", "::1/128")
	lo.Loopback = true
	for _, c := range []struct {
		name string
		ifs  []Interface
		want []string // addresses, best first
	}{
		{"none", nil, nil},
		{"only loopback", []Interface{lo}, nil},
		{"linux laptop on Wi-Fi, docker running",
			[]Interface{lo, up("enp0s31f6", "10.1.2.3/16"), up("docker0", "172.17.0.1/16"), up("br-3f2a", "172.18.0.1/16"),
				up("veth12ab"), up("wlp2s0", "192.168.178.23/24", "fe80::1/64", "2001:db8::23/64")},
			[]string{"192.168.178.23", "10.1.2.3"}},
		{"public addresses never", []Interface{up("eth0", "203.0.113.9/24", "100.64.1.1/10", "172.32.0.1/16", "11.0.0.1/8")}, nil},
		{"interface that is down", []Interface{down, up("eth0", "10.0.0.5/8")}, []string{"10.0.0.5"}},
		{"ranges: 192.168 before 10 before 172.16",
			[]Interface{up("eth0", "172.31.255.1/16"), up("eth1", "10.9.9.9/8"), up("eth2", "192.168.1.1/24")},
			[]string{"192.168.1.1", "10.9.9.9", "172.31.255.1"}},
		{"wi-fi first, whatever its range",
			[]Interface{up("Ethernet", "192.168.1.10/24"), up("WLAN", "10.20.30.40/16")},
			[]string{"10.20.30.40", "192.168.1.10"}},
		{"link-local only as a last resort",
			[]Interface{up("wlan0", "169.254.10.20/16"), up("eth0", "10.0.0.2/8")},
			[]string{"10.0.0.2", "169.254.10.20"}},
		{"link-local alone (a hotspot without DHCP)", []Interface{up("en0", "169.254.3.4/16")}, []string{"169.254.3.4"}},
		{"windows: hotspot kept, WSL, VirtualBox, VPN and Npcap left out",
			[]Interface{up("vEthernet (WSL)", "172.20.0.1/20"), up("VirtualBox Host-Only Network", "192.168.56.1/24"),
				up("OpenVPN TAP-Windows6", "10.8.0.6/24"), up("Npcap Loopback Adapter", "169.254.1.1/16"),
				up("LAN-Verbindung* 10", "192.168.137.1/24"), up("WLAN", "192.168.0.44/24")},
			[]string{"192.168.0.44", "192.168.137.1"}},
		{"mac: Wi-Fi and internet sharing kept, tunnels left out",
			[]Interface{up("en0", "192.168.2.30/24"), up("utun3", "10.7.0.2/32"), up("awdl0", "169.254.9.9/16"),
				up("bridge100", "192.168.3.1/24"), up("tailscale0", "100.100.1.1/32"), up("zt7nnig26", "10.147.17.5/24")},
			[]string{"192.168.2.30", "192.168.3.1"}},
		{"IPv6 and mapped IPv4", []Interface{up("eth0", "fd00::5/64", "::ffff:10.0.0.7/104")}, []string{"10.0.0.7"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, n := range Networks(c.ifs) {
				got = append(got, n.Addr)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Fatalf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestNetworksNameTheInterface(t *testing.T) {
	got := Networks([]Interface{up("wlp2s0", "192.168.178.23/24")})
	if len(got) != 1 || got[0] != (Network{Addr: "192.168.178.23", Interface: "wlp2s0"}) {
		t.Fatalf("got %+v", got)
	}
}

func TestOverrideAddr(t *testing.T) {
	for _, c := range []struct {
		env, want string
		bad       bool
	}{
		{"", "", false},
		{"127.0.0.2", "127.0.0.2", false},
		{" 127.0.0.3 ", "127.0.0.3", false},
		{"::1", "::1", false},
		{"0.0.0.0", "", true},
		{"::", "", true},
		{"localhost", "", true},
		{"224.0.0.1", "", true},
		{"127.0.0.2:8080", "", true},
	} {
		t.Setenv(EnvAddr, c.env)
		got, err := overrideAddr()
		if got != c.want || (err != nil) != c.bad {
			t.Errorf("%s=%q: got %q, %v", EnvAddr, c.env, got, err)
		}
	}
}
