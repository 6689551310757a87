// glibc's allocator settings (`mallopt`), which Swift's Glibc module does not include.
#if defined(__linux__) && __has_include(<malloc.h>)
#include <malloc.h>
#endif
