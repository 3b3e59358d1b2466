"""REST routes for actor roles: how the corpus casts an actor, and who is cast as hero, villain, victim."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from spinscope.api.models import ErrorOut
from spinscope.api.models_roles import ActorRolesOut, RoleSummaryOut
from spinscope.api.routes import ERRORS
from spinscope.service import roles as svc
from spinscope.service.http import app_state as state

router = APIRouter(prefix="/api", tags=["roles"], responses=ERRORS)


@router.get("/roles", response_model=RoleSummaryOut, summary="Actors most often cast as each role")
def api_roles(request: Request, limit: Annotated[int, Query(ge=1, le=200)] = 20) -> dict[str, Any]:
    """Per main role (SemEval-2025 Task 10: protagonist, antagonist, innocent), the actors the most
    documents cast in it."""
    return svc.role_summary(state(request).reader(), limit=limit)


@router.get("/roles/{name:path}", response_model=ActorRolesOut, summary="How the documents cast one actor",
            responses={404: {"model": ErrorOut, "description": "No such actor."}})
def api_actor_roles(request: Request, name: str) -> dict[str, Any]:
    """Counts of each main role, the fine roles, the outlets whose documents cast it so, and each document."""
    return svc.actor_roles(state(request).reader(), name)
