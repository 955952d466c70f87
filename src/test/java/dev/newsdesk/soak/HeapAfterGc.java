package dev.newsdesk.soak;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;

/**
 * The heap another JVM of this user holds right after a full garbage collection: what it keeps alive, whatever its
 * collector. Attaches with the JDK's attach API, starts the JVM's local management agent and asks its memory bean
 * for a collection ({@code System.gc()}, a full one unless the JVM was told otherwise), then for the heap in use.
 */
final class HeapAfterGc {

    private HeapAfterGc() {
    }

    static long bytes(long pid) throws IOException {
        VirtualMachine jvm;
        try {
            jvm = VirtualMachine.attach(Long.toString(pid));
        } catch (AttachNotSupportedException e) {
            throw new IOException("cannot attach to the JVM " + pid + " (another user's, or started with -XX:+DisableAttachMechanism?): "
                    + e.getMessage(), e);
        }
        try {
            JMXServiceURL address = new JMXServiceURL(jvm.startLocalManagementAgent());
            try (JMXConnector connector = JMXConnectorFactory.connect(address)) {
                MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(connector.getMBeanServerConnection(),
                        ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
                memory.gc();
                return memory.getHeapMemoryUsage().getUsed();
            }
        } finally {
            jvm.detach();
        }
    }
}
