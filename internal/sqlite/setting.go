package sqlite

import (
	"context"
	"database/sql"

	"kamworkbench/internal/kam"
)

// LanguageKey is the setting of the workspace's language: "de" or "en".
const LanguageKey = "language"

// Language returns the workspace's language: "en" when set so, "de"
// otherwise (the default, also when the setting cannot be read).
func (db *DB) Language(ctx context.Context) string {
	if v, err := db.Setting(ctx, LanguageKey, "de"); err == nil && v == "en" {
		return "en"
	}
	return "de"
}

// Setting returns a stored setting, or def when it was never set.
func (db *DB) Setting(ctx context.Context, key, def string) (string, error) {
	var v string
	err := db.db.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", key).Scan(&v)
	if err == sql.ErrNoRows {
		return def, nil
	}
	return v, err
}

// SetSetting stores a setting.
func (db *DB) SetSetting(ctx context.Context, key, value string) error {
	if len(key) > 100 || len(value) > 10_000 {
		return kam.Errorf(kam.EInvalid, "setting too long")
	}
	return db.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value)
		return err
	})
}
