package flaky

import (
	"os"
	"path/filepath"
	"testing"
)

// TestFlaky fails every other run: it flips a marker file in SOAK_STATE_DIR (else the temp dir).
func TestFlaky(t *testing.T) {
	dir := os.Getenv("SOAK_STATE_DIR")
	if dir == "" {
		dir = os.TempDir()
	}
	marker := filepath.Join(dir, "goready-soak-flaky-marker")
	if _, err := os.Stat(marker); err == nil {
		os.Remove(marker)
		t.Fatal("failing this time; passing next time")
	}
	os.WriteFile(marker, []byte("x"), 0o644)
}

func TestSteady(t *testing.T) {}
