package roomvote

import (
	"cmp"
	"fmt"
	"net"
	"net/netip"
	"os"
	"slices"
	"strings"
)

// EnvAddr names the environment variable that makes the server bind and
// offer one given address instead of the network's: tests, benchmarks and
// load runs set a loopback address such as 127.0.0.2.
const EnvAddr = "KAMW_VOTE_ADDR"

// Interface is what the address choice needs to know of a network
// interface; SystemInterfaces reads them from the operating system.
type Interface struct {
	Name     string
	Up       bool
	Loopback bool
	Addrs    []netip.Prefix
}

// Network is a local address the phones in the room may reach the laptop
// at, with the interface it belongs to.
type Network struct {
	Addr      string `json:"addr"`
	Interface string `json:"interface"`
}

// Private ranges the server may listen in, and link-local as a last resort
// (a hotspot without DHCP). A public address never qualifies: the phones
// would reach the laptop through the internet, if at all.
var (
	privateRanges = []netip.Prefix{
		netip.MustParsePrefix("192.168.0.0/16"),
		netip.MustParsePrefix("10.0.0.0/8"),
		netip.MustParsePrefix("172.16.0.0/12"),
	}
	linkLocal = netip.MustParsePrefix("169.254.0.0/16")
)

// virtualNames mark the interfaces no phone in the room is on: container
// bridges, virtual machines, VPN tunnels. Listening there would open the
// voting page to whatever sits behind them. A name of up to three letters
// marks an interface whose name has a word starting with it ("tun0",
// "OpenVPN TAP-Windows6"); a longer one anywhere in the name.
var virtualNames = []string{
	"docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "virtualbox", "vmware", "vethernet", "hyper-v",
	"wsl", "tun", "tap", "utun", "wg", "tailscale", "zerotier", "zt", "vpn", "openvpn", "anyconnect",
	"globalprotect", "pangp", "fortinet", "nordlynx", "ppp", "ipsec", "cni", "flannel", "podman", "lxc",
	"lxd", "awdl", "llw", "anpi", "gif", "stf", "loopback", "pseudo", "virtual",
}

// wirelessNames are parts of the names of Wi-Fi interfaces (Linux wlan0 and
// wlp2s0, Windows "WLAN" and "Wi-Fi"), where the phones usually are.
var wirelessNames = []string{"wlan", "wlp", "wl", "wi-fi", "wifi", "wireless"}

// Networks lists the addresses the server may offer, best first: IPv4
// addresses in the private ranges on interfaces that are up and neither
// loopback nor virtual, Wi-Fi before the others, 192.168/16 before 10/8
// before 172.16/12; then link-local addresses (169.254/16) as a last
// resort. Anything else, public addresses included, is left out.
func Networks(ifs []Interface) []Network {
	type ranked struct {
		Network
		tier, wireless, rng, order int
	}
	var out []ranked
	for i, ifc := range ifs {
		name := strings.ToLower(ifc.Name)
		if !ifc.Up || ifc.Loopback || isVirtual(name) {
			continue
		}
		wireless := 1
		if hasAnyPrefix(name, wirelessNames) {
			wireless = 0
		}
		for _, p := range ifc.Addrs {
			a := p.Addr().Unmap()
			if !a.Is4() || a.IsLoopback() || a.IsUnspecified() || a.IsMulticast() {
				continue
			}
			r := ranked{Network: Network{Addr: a.String(), Interface: ifc.Name}, wireless: wireless, order: i}
			switch {
			case slices.ContainsFunc(privateRanges, func(pr netip.Prefix) bool { return pr.Contains(a) }):
				r.rng = slices.IndexFunc(privateRanges, func(pr netip.Prefix) bool { return pr.Contains(a) })
			case linkLocal.Contains(a):
				r.tier = 1
			default:
				continue
			}
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(a.tier, b.tier), cmp.Compare(a.wireless, b.wireless),
			cmp.Compare(a.rng, b.rng), cmp.Compare(a.order, b.order))
	})
	nets := make([]Network, len(out))
	for i, r := range out {
		nets[i] = r.Network
	}
	return nets
}

func isVirtual(name string) bool {
	words := strings.FieldsFunc(name, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-')
	})
	for _, v := range virtualNames {
		if len(v) > 3 {
			if strings.Contains(name, v) {
				return true
			}
			continue
		}
		for _, w := range words {
			if strings.HasPrefix(w, v) {
				return true
			}
		}
	}
	return false
}

func hasAnyPrefix(name string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// SystemInterfaces reads the machine's network interfaces.
func SystemInterfaces() ([]Interface, error) {
	ifs, err := net.Interfaces()
	if err != nil {
		return nil, fmt.Errorf("list network interfaces: %w", err)
	}
	out := make([]Interface, 0, len(ifs))
	for _, ifc := range ifs {
		addrs, err := ifc.Addrs()
		if err != nil {
			continue
		}
		i := Interface{Name: ifc.Name, Up: ifc.Flags&net.FlagUp != 0, Loopback: ifc.Flags&net.FlagLoopback != 0}
		for _, a := range addrs {
			if ipn, ok := a.(*net.IPNet); ok {
				if addr, ok := netip.AddrFromSlice(ipn.IP); ok {
					ones, _ := ipn.Mask.Size()
					i.Addrs = append(i.Addrs, netip.PrefixFrom(addr.Unmap(), ones))
				}
			}
		}
		out = append(out, i)
	}
	return out, nil
}

// overrideAddr reads KAMW_VOTE_ADDR: an IP address to bind and offer
// instead of the network's, "" when unset.
func overrideAddr() (string, error) {
	v := strings.TrimSpace(os.Getenv(EnvAddr))
	if v == "" {
		return "", nil
	}
	a, err := netip.ParseAddr(v)
	if err != nil || a.IsUnspecified() || a.IsMulticast() || a.Zone() != "" {
		return "", fmt.Errorf("%s=%q is not an address to listen on", EnvAddr, v)
	}
	return a.Unmap().String(), nil
}
