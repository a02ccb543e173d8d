//go:build windows

package filelock

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// lockOffset is where the locked byte lies: far beyond the holder's note at
// the start of the lock file, because Windows keeps others from reading
// locked bytes.
const lockOffset = 1 << 30

// TryLock takes an exclusive lock on f without waiting; busy is true when
// another open file holds it (another process, or another handle in this
// one). Closing the file, or the process ending in any way, releases it.
func TryLock(f *os.File) (busy bool, err error) {
	ol := &windows.Overlapped{Offset: lockOffset}
	err = windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, ol)
	if errors.Is(err, windows.ERROR_LOCK_VIOLATION) || errors.Is(err, windows.ERROR_IO_PENDING) {
		return true, nil
	}
	return false, err
}

// Unlock releases the lock taken by TryLock.
func Unlock(f *os.File) error {
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, &windows.Overlapped{Offset: lockOffset})
}
