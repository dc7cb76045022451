import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Waits until the broker at a bootstrap address answers a metadata request with at least one
 * live node. An open port alone is not enough: the broker accepts connections before it can
 * serve clients.
 *
 * <p>Usage: BrokerProbe host:port timeoutMillis [pidThatMustStayAlive]. Exit 0 when the broker
 * answers, 1 on timeout, 2 when the watched process has exited.
 */
public final class BrokerProbe {
  private static final int ANSWERED = 0;
  private static final int TIMED_OUT = 1;
  private static final int PROCESS_EXITED = 2;

  public static void main(String[] args) throws InterruptedException {
    String bootstrap = args[0];
    long deadline = System.nanoTime() + Duration.ofMillis(Long.parseLong(args[1])).toNanos();
    Long watchedPid = args.length > 2 ? Long.valueOf(args[2]) : null;

    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(AdminClientConfig.CLIENT_ID_CONFIG, "accord-broker-probe");
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
    config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 250);

    Admin admin = Admin.create(config);
    int outcome = TIMED_OUT;
    while (System.nanoTime() < deadline) {
      if (watchedPid != null && !isAlive(watchedPid)) {
        outcome = PROCESS_EXITED;
        break;
      }
      if (answers(admin)) {
        outcome = ANSWERED;
        break;
      }
      Thread.sleep(250);
    }
    admin.close(Duration.ZERO);
    System.exit(outcome);
  }

  private static boolean answers(Admin admin) throws InterruptedException {
    try {
      DescribeClusterOptions options = new DescribeClusterOptions().timeoutMs(2000);
      return !admin.describeCluster(options).nodes().get().isEmpty();
    } catch (ExecutionException notYet) {
      return false;
    }
  }

  private static boolean isAlive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
