package roomvote

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base32"
	"fmt"
	"math/big"
	"strings"
	"sync"
)

// MaxWrongCodes is how many wrong join codes the session takes; after that
// the code is dead and only the QR code's address still lets phones in.
const MaxWrongCodes = 10

// gate holds a session's two keys: the secret in the QR code's address,
// 128 random bits that every request but the join needs, and the 6-digit
// code for typing, which the join endpoint trades for the secret.
type gate struct {
	secret string // lowercase base32 of 16 random bytes, 26 characters
	code   string // 6 digits

	mu    sync.Mutex
	wrong int
}

var secretEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

func newGate() (*gate, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return nil, fmt.Errorf("session secret: %w", err)
	}
	n, err := rand.Int(rand.Reader, big.NewInt(1_000_000))
	if err != nil {
		return nil, fmt.Errorf("join code: %w", err)
	}
	return &gate{secret: strings.ToLower(secretEncoding.EncodeToString(b)), code: fmt.Sprintf("%06d", n.Int64())}, nil
}

// secretOK reports whether s is the session's secret, in constant time.
func (g *gate) secretOK(s string) bool {
	return subtle.ConstantTimeCompare([]byte(s), []byte(g.secret)) == 1
}

// codeResult is the outcome of one try of the join code.
type codeResult int

const (
	codeRight codeResult = iota
	codeWrong
	codeDead
)

// try checks a typed code (spaces and dashes ignored) and returns the
// outcome and the tries left. After MaxWrongCodes wrong tries every try
// fails, the right code too.
func (g *gate) try(typed string) (codeResult, int) {
	typed = strings.NewReplacer(" ", "", "-", "", "\u00a0", "").Replace(typed)
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.wrong >= MaxWrongCodes {
		return codeDead, 0
	}
	if subtle.ConstantTimeCompare([]byte(typed), []byte(g.code)) == 1 {
		return codeRight, MaxWrongCodes - g.wrong
	}
	g.wrong++
	if g.wrong >= MaxWrongCodes {
		return codeDead, 0
	}
	return codeWrong, MaxWrongCodes - g.wrong
}

// dead reports whether the code took too many wrong tries.
func (g *gate) dead() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.wrong >= MaxWrongCodes
}
