#include "placed_thread.h"

int placed_thread_start(placed_thread_t *placed, void *(*run)(void *), void *argument) {
    placed->pinned = 0;
    pthread_attr_t attributes;
    if (pthread_attr_init(&attributes) != 0) return 0;
#if defined(__linux__)
    cpu_set_t allowed;
    int cpu = sched_getcpu();
    // With more CPUs than a cpu_set_t holds, the threads run wherever Linux puts them.
    if (sched_getaffinity(0, sizeof allowed, &allowed) == 0 && cpu >= 0 && CPU_ISSET(cpu, &allowed)) {
        if (CPU_COUNT(&allowed) < 2) {
            pthread_attr_destroy(&attributes);
            return 0;
        }
        cpu_set_t others = allowed;
        CPU_CLR(cpu, &others);
        cpu_set_t own;
        CPU_ZERO(&own);
        CPU_SET(cpu, &own);
        if (pthread_attr_setaffinity_np(&attributes, sizeof others, &others) == 0
            && sched_setaffinity(0, sizeof own, &own) == 0) {
            placed->caller_cpus = allowed;
            placed->pinned = 1;
        }
    }
#endif
    int started = pthread_create(&placed->thread, &attributes, run, argument) == 0;
    pthread_attr_destroy(&attributes);
    if (!started) placed_thread_release(placed);
    return started;
}

void placed_thread_release(placed_thread_t *placed) {
#if defined(__linux__)
    if (!placed->pinned) return;
    sched_setaffinity(0, sizeof placed->caller_cpus, &placed->caller_cpus);
    placed->pinned = 0;
#else
    (void)placed;
#endif
}
