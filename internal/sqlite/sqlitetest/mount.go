package sqlitetest

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"syscall"
	"testing"
)

// BindReadOnly makes the folder dir read-only for everyone, root included,
// by mounting it read-only onto itself. It fails where mount is not
// allowed; Unmount undoes it.
func BindReadOnly(dir string) error {
	if err := mount("--bind", dir, dir); err != nil {
		return err
	}
	if err := mount("-o", "remount,bind,ro", dir); err != nil {
		Unmount(dir)
		return err
	}
	return nil
}

// MountTmpfs mounts a file system of size bytes held in memory on dir, a
// small disk that tests can fill. It fails where mount is not allowed;
// Unmount undoes it.
func MountTmpfs(dir string, size int) error {
	return mount("-t", "tmpfs", "-o", "size="+strconv.Itoa(size)+",mode=0700", "tmpfs", dir)
}

// Unmount unmounts what BindReadOnly or MountTmpfs mounted on dir.
func Unmount(dir string) error { return exec.Command("umount", dir).Run() }

func mount(args ...string) error {
	if out, err := exec.Command("mount", args...).CombinedOutput(); err != nil {
		return fmt.Errorf("mount %v: %v: %s", args, err, out)
	}
	return nil
}

// SmallDisk mounts a disk of size bytes on dir (a tmpfs) for the test,
// skipping the test where mount is not allowed, and unmounts it at the end.
func SmallDisk(tb testing.TB, dir string, size int) {
	tb.Helper()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		tb.Fatal(err)
	}
	if err := MountTmpfs(dir, size); err != nil {
		tb.Skipf("a small disk cannot be mounted here: %v", err)
	}
	tb.Cleanup(func() {
		if err := Unmount(dir); err != nil {
			tb.Errorf("unmount %s: %v", dir, err)
		}
	})
}

// Fill writes a filler file into dir until its disk is full and returns a
// function that removes it again.
func Fill(tb testing.TB, dir string) (free func()) {
	tb.Helper()
	f, err := os.CreateTemp(dir, "filler-")
	if err != nil {
		tb.Fatal(err)
	}
	path := f.Name()
	chunk := make([]byte, 4096)
	for {
		if _, err := f.Write(chunk); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				tb.Fatal(err)
			}
			break
		}
	}
	f.Close()
	return func() {
		if err := os.Remove(path); err != nil {
			tb.Fatal(err)
		}
	}
}
