package roomvote

import (
	"sync"
	"time"
)

// limiter is a token bucket per key (a phone, an address): each key may
// make burst requests at once and then rate a second.
type limiter struct {
	mu      sync.Mutex
	rate    float64 // tokens a second
	burst   float64
	maxKeys int
	now     func() time.Time
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newLimiter(rate, burst float64, maxKeys int, now func() time.Time) *limiter {
	return &limiter{rate: rate, burst: burst, maxKeys: maxKeys, now: now, buckets: map[string]*bucket{}}
}

// allow takes a token of key's bucket and reports whether there was one.
// When too many keys are known, buckets that have filled up again are
// forgotten; if that frees no room, a new key is refused.
func (l *limiter) allow(key string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b, ok := l.buckets[key]
	if !ok {
		if len(l.buckets) >= l.maxKeys {
			l.forgetFull(now)
			if len(l.buckets) >= l.maxKeys {
				return false
			}
		}
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	if d := now.Sub(b.last).Seconds(); d > 0 {
		b.tokens = min(l.burst, b.tokens+d*l.rate)
		b.last = now
	}
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

func (l *limiter) forgetFull(now time.Time) {
	for k, b := range l.buckets {
		if b.tokens+now.Sub(b.last).Seconds()*l.rate >= l.burst {
			delete(l.buckets, k)
		}
	}
}
