from enum import StrEnum


class AgentMachineType(StrEnum):
    DESKTOP = "desktop"
    ECS_TASK = "ecs task"
    KUBERNETES_NODE = "kubernetes node"
    KUBERNETES_POD = "kubernetes pod"
    LAPTOP = "laptop"
    SERVER = "server"
    STORAGE = "storage"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
