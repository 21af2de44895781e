from enum import StrEnum


class DetectionEngine(StrEnum):
    APPLICATION_CONTROL = "application_control"
    CLOUD_DETECTION = "cloud_detection"
    DATA_FILES = "data_files"
    DRIVER_BLOCKING = "driver_blocking"
    EXECUTABLES = "executables"
    EXPLOITS = "exploits"
    LATERAL_MOVEMENT = "lateral_movement"
    MANUAL = "manual"
    PENETRATION = "penetration"
    PRE_EXECUTION = "pre_execution"
    PRE_EXECUTION_SUSPICIOUS = "pre_execution_suspicious"
    PUP = "pup"
    REMOTE_SHELL = "remote_shell"
    REPUTATION = "reputation"
    SENTINELONE_CLOUD = "sentinelone_cloud"
    THREAT_INTELLIGENCE = "threat_intelligence"
    USER_BLACKLIST = "user_blacklist"
    WATCHTOWER_CLOUD_DETECTION = "watchtower_cloud_detection"

    def __str__(self) -> str:
        return str(self.value)
