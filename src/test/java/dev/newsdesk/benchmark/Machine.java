package dev.newsdesk.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

/** The machine and software a benchmark ran on, for the report's header. */
public record Machine(int cores, String cpu, long memoryMegabytes, String jvm, String os, String loadAverage, String commit, Instant date) {

    public static Machine current(Path repository) {
        String memoryKilobytes = firstValue(Path.of("/proc/meminfo"), "MemTotal").replaceAll("\\D", "");
        String[] load = (read(Path.of("/proc/loadavg")) + " ? ? ?").split(" ");
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                firstValue(Path.of("/proc/cpuinfo"), "model name"),
                memoryKilobytes.isEmpty() ? 0 : Long.parseLong(memoryKilobytes) / 1024,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                load[0] + " " + load[1] + " " + load[2],
                gitCommit(repository),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    private static String firstValue(Path file, String key) {
        return read(file).lines().filter(line -> line.startsWith(key)).map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst().orElse("?");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static String gitCommit(Path repository) {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").directory(repository.toFile()).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).strip();
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : "?";
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }
}
