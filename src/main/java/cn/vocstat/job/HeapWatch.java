package cn.vocstat.job;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap a run kept after a garbage collection: what stays resident, as opposed to the
 * garbage a busy heap holds between collections. It is what shows that memory stays flat in the
 * number of returns.
 */
final class HeapWatch implements AutoCloseable, NotificationListener {

    private final AtomicLong maxAfterGc = new AtomicLong();
    private final List<NotificationEmitter> watched = new ArrayList<>();

    HeapWatch() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(this, null, null);
                watched.add(emitter);
            }
        }
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
            if (after != null && pool.getType() == java.lang.management.MemoryType.HEAP) {
                used += after.getUsed();
            }
        }
        maxAfterGc.accumulateAndGet(used, Math::max);
    }

    /** The largest heap in use just after a collection so far; 0 when none ran. */
    long maxAfterGcBytes() {
        return maxAfterGc.get();
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : watched) {
            try {
                emitter.removeNotificationListener(this);
            } catch (ListenerNotFoundException e) {
                // already gone: nothing to undo
            }
        }
    }
}
