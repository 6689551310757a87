#ifndef APISPEC_PLACED_THREAD_H
#define APISPEC_PLACED_THREAD_H

#if defined(__linux__)
#ifndef _GNU_SOURCE
#define _GNU_SOURCE // CPU affinity: cpu_set_t, sched_getcpu, pthread_attr_setaffinity_np
#endif
#include <sched.h>
#endif
#include <pthread.h>

/// A thread started beside its caller on another CPU. On Linux the caller is held to the CPU
/// it runs on, and the thread to the others, until `placed_thread_release`: left to itself,
/// Linux wakes each thread on the CPU of the thread that woke it, and the two then took turns
/// on one CPU, each idle half the time (docs/decisions.md).
typedef struct {
    pthread_t thread;
#if defined(__linux__)
    // The caller's CPUs before it was held to one, given back by `placed_thread_release`.
    cpu_set_t caller_cpus;
#endif
    int pinned;
} placed_thread_t;

/// Starts `run(argument)` on a thread of its own: 1 once started, 0 when there is no other CPU
/// to run it on or no thread could be had (then the caller runs as before).
int placed_thread_start(placed_thread_t *placed, void *(*run)(void *), void *argument);

/// Starts `run(argument)` on a detached thread of its own, on the CPUs other than the
/// caller's, and leaves the caller where it is: for a thread that wakes itself (a timer), not
/// one the caller wakes. 1 once started, 0 when there is no other CPU or no thread could be had.
int placed_thread_start_detached(void *(*run)(void *), void *argument);

/// Gives the caller back the CPUs it had. Called once the thread's work is done.
void placed_thread_release(placed_thread_t *placed);

#endif
