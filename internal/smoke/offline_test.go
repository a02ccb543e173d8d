package smoke

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// connectCall matches one connect() in strace's output and captures the
// address, as in `connect(3, {sa_family=AF_INET, sin_port=htons(80),
// sin_addr=inet_addr("1.2.3.4")}, 16) = 0`.
var connectCall = regexp.MustCompile(`connect\(\d+, \{sa_family=(AF_[A-Z0-9]+)(.*?)\}, \d+\)`)

// remoteConnects reads strace's connect() trace and returns the calls to
// anything but local sockets (AF_UNIX, netlink) and loopback addresses,
// and how many calls each family made.
func remoteConnects(trace string) (remote []string, families map[string]int) {
	families = map[string]int{}
	for _, line := range strings.Split(trace, "\n") {
		m := connectCall.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		family, addr := m[1], m[2]
		families[family]++
		switch family {
		case "AF_UNIX", "AF_LOCAL", "AF_NETLINK", "AF_UNSPEC": // local sockets; AF_UNSPEC undoes a connect
			continue
		case "AF_INET":
			if strings.Contains(addr, `inet_addr("127.`) {
				continue
			}
		case "AF_INET6":
			if strings.Contains(addr, `"::1"`) || strings.Contains(addr, `"::ffff:127.`) {
				continue
			}
		}
		remote = append(remote, strings.TrimSpace(line))
	}
	return remote, families
}

func TestRemoteConnects(t *testing.T) {
	trace := `
101 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.X11-unix/X90"}, 110) = 0
101 connect(7, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 0
102 connect(9, {sa_family=AF_INET, sin_port=htons(34115), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
102 connect(9, {sa_family=AF_INET6, sin6_port=htons(53), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 0
103 connect(5, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("142.250.1.1")}, 16) = -1 ENETUNREACH
103 connect(5, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2a00:1450::1", &sin6_addr), sin6_scope_id=0}, 28) = -1
103 connect(6, {sa_family=AF_UNSPEC, sa_data="\0\0\0\0"}, 16) = 0
`
	remote, families := remoteConnects(trace)
	if len(remote) != 2 || !strings.Contains(remote[0], "142.250.1.1") || !strings.Contains(remote[1], "2a00:1450::1") {
		t.Fatalf("got remote %q, want the two internet addresses", remote)
	}
	if families["AF_UNIX"] != 1 || families["AF_INET"] != 2 || families["AF_INET6"] != 2 {
		t.Fatalf("got families %v", families)
	}
}

// bindCall matches one bind() of an internet socket in strace's output, as
// in `bind(12, {sa_family=AF_INET, sin_port=htons(0),
// sin_addr=inet_addr("192.168.1.5")}, 16) = 0`.
var bindCall = regexp.MustCompile(`bind\(\d+, \{sa_family=(AF_INET6?)(.*?)\}, \d+\)`)

// listeners reads strace's bind() trace and returns the binds of internet
// sockets: a window that has not started room voting makes none.
func listeners(trace string) []string {
	var out []string
	for _, line := range strings.Split(trace, "\n") {
		if bindCall.MatchString(line) {
			out = append(out, strings.TrimSpace(line))
		}
	}
	return out
}

func TestListeners(t *testing.T) {
	trace := `
101 bind(3, {sa_family=AF_UNIX, sun_path=@"/tmp/dbus-x"}, 110) = 0
101 bind(7, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 0
102 bind(12, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr("192.168.1.5")}, 16) = 0
103 bind(13, {sa_family=AF_INET6, sin6_port=htons(8080), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::", &sin6_addr), sin6_scope_id=0}, 28) = 0
`
	got := listeners(trace)
	if len(got) != 2 || !strings.Contains(got[0], "192.168.1.5") || !strings.Contains(got[1], `"::"`) {
		t.Fatalf("got %q, want the two internet sockets", got)
	}
}

// TestSmokeOffline runs the built window under strace for ten seconds after
// it appears and checks it never connects to anything but local sockets
// and loopback, and binds no internet socket: it listens on nothing until
// room voting starts.
func TestSmokeOffline(t *testing.T) {
	bin := binary(t)
	if _, err := exec.LookPath("strace"); err != nil {
		t.Fatalf("strace is missing: %v", err)
	}
	db := filepath.Join(t.TempDir(), "Offline Prüfung #1", "workspace.db")
	trace := filepath.Join(artefacts(t), "connect.strace")
	r := launch(t, "strace", "-f", "-qq", "-e", "trace=connect,bind", "-e", "signal=none", "-o", trace, bin, "--db", db)
	env, win, start, done := r.env, r.win, r.start, r.done
	time.Sleep(10 * time.Second)
	if _, err := quit(env, win); err != nil {
		t.Fatal(err)
	}
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the window did not close within 30 s")
	}

	b, err := os.ReadFile(trace)
	if err != nil {
		t.Fatal(err)
	}
	remote, families := remoteConnects(string(b))
	var seen []string
	for f, n := range families {
		seen = append(seen, f+" "+strconv.Itoa(n))
	}
	sort.Strings(seen)
	t.Logf("connect() calls over %v: %s (trace %s)", time.Since(start).Round(time.Second), strings.Join(seen, ", "), trace)
	if families["AF_UNIX"] == 0 {
		t.Fatal("no connect() at all, not even to the X server: strace saw nothing")
	}
	if len(remote) > 0 {
		t.Fatalf("%d connections to something other than local sockets or loopback:\n%s", len(remote), strings.Join(remote, "\n"))
	}
	if l := listeners(string(b)); len(l) > 0 {
		t.Fatalf("the window bound %d internet sockets before any room voting:\n%s", len(l), strings.Join(l, "\n"))
	}
}
