"""The workflow steps: load by id, call flows, save. Actors are thin wrappers over these.

Every step checks "already done" first, so running it twice changes nothing.
"""
