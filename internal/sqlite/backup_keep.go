package sqlite

import (
	"context"
	"strconv"

	"kamworkbench/internal/kam"
)

// How many automatic backups are kept: a setting of the workspace.
const (
	BackupKeepKey     = "backup_keep"
	DefaultBackupKeep = 10
	MinBackupKeep     = 1
	MaxBackupKeep     = 365
)

// BackupKeep returns how many automatic backups to keep: the setting, or
// DefaultBackupKeep when it is unset or unreadable.
func (db *DB) BackupKeep(ctx context.Context) int {
	v, err := db.Setting(ctx, BackupKeepKey, "")
	if err != nil {
		return DefaultBackupKeep
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < MinBackupKeep || n > MaxBackupKeep {
		return DefaultBackupKeep
	}
	return n
}

// SetBackupKeep stores how many automatic backups to keep, 1 to
// MaxBackupKeep.
func (db *DB) SetBackupKeep(ctx context.Context, n int) error {
	if n < MinBackupKeep || n > MaxBackupKeep {
		return kam.Invalid("backup_keep", "%d is outside 1–%d", n, MaxBackupKeep)
	}
	return db.SetSetting(ctx, BackupKeepKey, strconv.Itoa(n))
}
