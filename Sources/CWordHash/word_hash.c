// word_hash.h's functions are inline, for Swift and C callers alike: a C target needs a source.
#include "word_hash.h"
