package dev.newsdesk.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Resident memory of processes, read from Linux's /proc (VmRSS). */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** The resident set of one process in bytes, 0 if it is gone or /proc cannot tell. */
    static long residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended between listing and reading
        }
        return 0;
    }

    static long residentBytes(List<ProcessHandle> processes) {
        return processes.stream().mapToLong(p -> residentBytes(p.pid())).sum();
    }

    /** Processes whose command line mentions {@code marker}: how a node that outlived its app is found. */
    static List<ProcessHandle> commandLineMentions(String marker) {
        return ProcessHandle.allProcesses().filter(p -> p.pid() != ProcessHandle.current().pid()).filter(p -> {
            try {
                return new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline"))).contains(marker);
            } catch (IOException e) {
                return false;
            }
        }).toList();
    }
}
