// Package crashtest proves that a workspace survives the process being
// killed at any instant. Its tests re-run the test binary as a child that
// saves a stream of edits through the window's own services, acknowledging
// each after its commit returned, and kill it with SIGKILL at random
// instants: every acknowledged edit must be there afterwards, and nothing
// half-applied. `go test` runs 200 kills; KAMW_SOAK=1 (make soak) 2000.
package crashtest
