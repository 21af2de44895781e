from enum import StrEnum


class InitiatedBy(StrEnum):
    AGENT_POLICY = "agent_policy"
    CLOUD_DETECTION = "cloud_detection"
    CONSOLE_API = "console_api"
    DV_COMMAND = "dv_command"
    FULL_DISK_SCAN = "full_disk_scan"
    ON_DEMAND_SCAN = "on_demand_scan"
    SENTINELCTL = "sentinelctl"
    STAR_ACTIVE = "star_active"
    STAR_MANUAL = "star_manual"
    THREAT_INTELLIGENCE = "threat_intelligence"
    WATCHTOWER_CLOUD_DETECTION = "watchtower_cloud_detection"

    def __str__(self) -> str:
        return str(self.value)
