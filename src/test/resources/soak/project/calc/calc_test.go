package calc

import (
	"testing"
	"time"
)

func TestAdd(t *testing.T) {
	if Add(2, 3) != 5 {
		t.Fatal("2+3")
	}
	t.Run("negative", func(t *testing.T) {
		if Add(-2, -3) != -5 {
			t.Fatal("-2-3")
		}
	})
}

func TestSkipped(t *testing.T) { t.Skip("not on this machine") }

func TestSlow(t *testing.T) { time.Sleep(300 * time.Millisecond) }

// TestAllocates makes the garbage collector work, so gctrace has something to say.
func TestAllocates(t *testing.T) {
	var keep [][]byte
	for i := 0; i < 2000; i++ {
		keep = append(keep, make([]byte, 64*1024))
		if len(keep) > 64 {
			keep = keep[1:]
		}
	}
	if len(keep) == 0 {
		t.Fatal("nothing kept")
	}
}
