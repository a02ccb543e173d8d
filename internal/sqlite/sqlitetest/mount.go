package sqlitetest

import (
	"fmt"
	"os/exec"
	"strconv"
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
