#include "placed_thread.h"

#if defined(__linux__)
/// The CPUs the caller may run on (`allowed`), the one it runs on (`cpu`) and the others:
/// 0 when there is no other CPU; -1 when Linux cannot say, or has more CPUs than a
/// cpu_set_t holds (then threads run wherever Linux puts them).
static int other_cpus(cpu_set_t *allowed, int *cpu, cpu_set_t *others) {
    *cpu = sched_getcpu();
    if (sched_getaffinity(0, sizeof *allowed, allowed) != 0 || *cpu < 0 || !CPU_ISSET(*cpu, allowed)) return -1;
    if (CPU_COUNT(allowed) < 2) return 0;
    *others = *allowed;
    CPU_CLR(*cpu, others);
    return 1;
}
#endif

int placed_thread_start(placed_thread_t *placed, void *(*run)(void *), void *argument) {
    placed->pinned = 0;
    pthread_attr_t attributes;
    if (pthread_attr_init(&attributes) != 0) return 0;
#if defined(__linux__)
    cpu_set_t allowed, others;
    int cpu;
    int split = other_cpus(&allowed, &cpu, &others);
    if (split == 0) {
        pthread_attr_destroy(&attributes);
        return 0;
    }
    if (split > 0) {
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

int placed_thread_start_detached(void *(*run)(void *), void *argument) {
    pthread_attr_t attributes;
    if (pthread_attr_init(&attributes) != 0) return 0;
    int started = 0;
#if defined(__linux__)
    cpu_set_t allowed, others;
    int cpu;
    int split = other_cpus(&allowed, &cpu, &others);
    if (split > 0) pthread_attr_setaffinity_np(&attributes, sizeof others, &others);
    if (split != 0)
#endif
    {
        pthread_t thread;
        started = pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED) == 0
            && pthread_create(&thread, &attributes, run, argument) == 0;
    }
    pthread_attr_destroy(&attributes);
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
