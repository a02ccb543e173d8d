package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestInstallerFirewallRule checks the Windows installer's firewall rule for
// room voting: inbound TCP for the program alone, on private networks only,
// added on install and removed on uninstall.
func TestInstallerFirewallRule(t *testing.T) {
	b, err := os.ReadFile("build/windows/installer/project.nsi")
	if err != nil {
		t.Fatal(err)
	}
	nsi := string(b)
	install, uninstall, ok := strings.Cut(nsi, `Section "uninstall"`)
	if !ok {
		t.Fatal("no uninstall section")
	}
	add := regexp.MustCompile(`(?m)^\s*nsExec::ExecToLog 'netsh advfirewall firewall add rule (.*)'$`).FindAllStringSubmatch(install, -1)
	if len(add) != 1 {
		t.Fatalf("got %d firewall rules added on install, want one", len(add))
	}
	rule := add[0][1]
	for _, want := range []string{`name="${KAMW_FIREWALL_RULE}"`, "dir=in", "action=allow",
		`program="$INSTDIR\${PRODUCT_EXECUTABLE}"`, "protocol=TCP", "profile=private"} {
		if !strings.Contains(rule, want) {
			t.Errorf("the rule %q lacks %s", rule, want)
		}
	}
	if strings.Contains(rule, "public") || strings.Contains(rule, "domain") || strings.Contains(rule, "localport") {
		t.Errorf("the rule %q opens more than the program on private networks", rule)
	}
	del := `nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="${KAMW_FIREWALL_RULE}"'`
	if !strings.Contains(uninstall, del) {
		t.Error("uninstalling leaves the firewall rule behind")
	}
	if !strings.Contains(install, del) {
		t.Error("installing again would add the rule twice (delete it first)")
	}
}
