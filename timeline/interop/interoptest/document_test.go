package interoptest

import "testing"

func TestValid(t *testing.T) {
	if err := Document().Validate(); err != nil {
		t.Fatal(err)
	}
}
