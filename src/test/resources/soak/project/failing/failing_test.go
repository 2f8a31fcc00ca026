package failing

import "testing"

func TestAlwaysFails(t *testing.T) { t.Error("this test always fails") }
